import fs from 'node:fs';
import { ingestArticle } from './src/pipeline/ingest-article';
const seed = fs.readFileSync('seeds/000_3979cacfdab927d0.txt', 'utf8');
for (let i=0;i<300;i++) ingestArticle(seed, 'x');
