// SPDX-License-Identifier: EUPL-1.2
// `errorMessage` is yaml-language-server's keyword for the editor's message
// (in Swedish here); to ajv it is an annotation, declared so that strict
// mode still catches any keyword we misspell.
module.exports = (ajv) => ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
