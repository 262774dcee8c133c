export declare const root: string;
export declare function sourcesHash(inputs: string[], skip?: (path: string) => boolean): string;
