/** Types of what package-manifest.mjs exports (the test imports it; the script itself is plain JavaScript). */

/**
 * A copy of a Teams localization schema whose patternProperties keys no longer hold the lone `]`
 * that ajv's unicode mode rejects (MicrosoftDocs/msteams-docs#8858).
 */
export function fixLocalizationSchema<T extends { patternProperties?: Record<string, unknown> }>(schema: T): T;
