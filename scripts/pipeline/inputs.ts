/** Where the pipeline reads from. */
export interface PipelineInputs {
  manifestPath: string;
  /** The directory the manifest's file names are relative to. */
  dataDir: string;
  referencePath: string;
  aliasesPath: string;
}

/** The project's own inputs: the manifest, the shipped CBS and Kadaster files, the reference list and aliases. */
export const PROJECT_INPUTS: PipelineInputs = {
  manifestPath: 'data/sources.json',
  dataDir: 'data/sources',
  referencePath: 'data/wrr-reference.json',
  aliasesPath: 'data/aliases.json',
};
