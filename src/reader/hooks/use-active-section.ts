/** The section being read: the one crossing a line 40% down the viewport (a zero-height observer band). */
import { useEffect, useState } from 'react';
import { domIds } from '../../contract/dom-ids';

export function useActiveSection(sectionIds: readonly string[]): [string | null, (id: string) => void] {
  const [active, setActive] = useState<string | null>(sectionIds[0] ?? null);
  const key = sectionIds.join(' ');
  useEffect(() => {
    const ids = key.split(' ');
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const first = ids.find((id) => visible.has(id));
        if (first) setActive(first);
      },
      { rootMargin: '-40% 0px -60% 0px' },
    );
    for (const id of ids) {
      const el = document.getElementById(domIds.section(id));
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [key]);
  return [active, setActive];
}
