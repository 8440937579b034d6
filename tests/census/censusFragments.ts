/** Hand-written census returns for the tests: a header, then the children given. */
export function censusReturn(children: string, referenceDate = '2025-03-31'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>
  </Header>
  <Children>
${children}
  </Children>
</Message>
`;
}

/** One child with one episode whose elements are given. */
export const child = (id: string, episode: string): string =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><UPN>A1</UPN></ChildIdentifiers><CINdetails>${episode}</CINdetails></Child>`;

/** The chunks of a text, as a stream gives them, cut at every `size` characters. */
export async function* chunksOf(text: string, size = 7): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
