'use strict';
// Real Node.js Lambda handlers served by serverless-offline.
module.exports.echo = async (event, context) => ({ echo: event, requestId: context.awsRequestId, server: 'serverless-offline' });
module.exports.fail = async () => { throw new Error('failing on purpose'); };
