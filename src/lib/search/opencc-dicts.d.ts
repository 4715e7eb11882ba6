// opencc-js ships its dictionaries as untyped modules (`export default "源 目|源 目"`); only the
// Traditional->Simplified pair is read, at index time (scripts/index-search.ts) and in tests.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dict: string;
  export default dict;
}
