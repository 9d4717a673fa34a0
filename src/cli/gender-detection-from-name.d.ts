/** Types for the gender-detection-from-name package's name lists (first name in lower case → gender), which ship none. */
declare module 'gender-detection-from-name/names/*.js' {
  const names: Map<string, string>;
  export default names;
}
