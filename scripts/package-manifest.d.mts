/** Types of the package-manifest.mjs export the manifest test imports (the script itself is plain JavaScript). */

/**
 * A copy of a Teams localization schema whose patternProperties keys no longer hold the lone `]`
 * that ajv's unicode mode rejects (MicrosoftDocs/msteams-docs#8858).
 */
export function fixLocalizationSchema<T extends { patternProperties?: Record<string, unknown> }>(schema: T): T;
