declare module 'hot-formula-parser' {
  export interface CellCoord {
    row: { index: number; isAbsolute: boolean };
    column: { index: number; isAbsolute: boolean };
  }
  export class Parser {
    parse(formula: string): { error: string | null; result: unknown };
    setVariable(name: string, value: unknown): this;
    setFunction(name: string, fn: (params: unknown[]) => unknown): this;
    on(
      event: 'callCellValue',
      handler: (coord: CellCoord & { sheet?: string }, done: (v: unknown) => void) => void,
    ): void;
    on(
      event: 'callRangeValue',
      handler: (start: CellCoord, end: CellCoord, done: (v: unknown[][]) => void) => void,
    ): void;
    on(
      event: 'callFunction',
      handler: (name: string, params: unknown[], done: (v: unknown) => void) => void,
    ): void;
  }
}
