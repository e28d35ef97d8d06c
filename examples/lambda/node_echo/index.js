// A plain Node.js handler (no runtime interface client needed): echoes the event with the request id.
exports.handler = async (event, context) => ({ echo: event, requestId: context.awsRequestId, runtime: 'nodejs' });
