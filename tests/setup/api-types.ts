import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

/** Where the client types generated from the OpenAPI document live (`npm run generate:client` writes them). */
export const API_TYPES_FILE = "tests/generated/partnerwise-api.d.ts";

/** TypeScript types of the OpenAPI document (openapi-typescript), as `npm run generate:client` writes them. */
export async function renderApiTypes(document: object): Promise<string> {
  // A field with a default is optional in a request (the server fills it in), so defaults do not make fields required.
  const ast = await openapiTS(document as never, { silent: true, defaultNonNullable: false });
  return `${COMMENT_HEADER}// Generated from /api/openapi.json by \`npm run generate:client\`; tests/integration/openapi-client.test.ts fails when it is out of date.\n\n${astToString(ast)}`;
}
