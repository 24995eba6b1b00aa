// Word characters plus the symbols skills carry inside them: C++, C#, .NET, Node.js, CI/CD, R&D.
export const tokenPattern = /\.?[\p{L}\p{N}][\p{L}\p{N}+#&]*(?:[.\-/'][\p{L}\p{N}+#&]+)*/gu;

export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}
