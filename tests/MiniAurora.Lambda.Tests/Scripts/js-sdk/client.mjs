// @aws-sdk/client-lambda (pinned in package.json) as an independent client of MiniAurora's local Lambda endpoint.
// usage: node client.mjs ENDPOINT_URL ACCESS_KEY SECRET ROLE_ARN   -> prints one JSON object (case -> result)
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';

const [endpoint, accessKeyId, secretAccessKey, role] = process.argv.slice(2);
const make = (Client, credentials) => new Client({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
const lambda = make(LambdaClient, { accessKeyId, secretAccessKey });
const enc = (s) => new TextEncoder().encode(s);

async function invoke(client, input) {
  try {
    const r = await client.send(new InvokeCommand(input));
    return { StatusCode: r.StatusCode, FunctionError: r.FunctionError ?? null, ExecutedVersion: r.ExecutedVersion ?? null,
      Payload: r.Payload ? new TextDecoder().decode(r.Payload) : '' };
  } catch (e) {
    return { Error: e.name, Message: e.message, HTTPStatus: e.$metadata?.httpStatusCode ?? null };
  }
}

const out = {
  request_response: await invoke(lambda, { FunctionName: 'echo', Payload: enc('{"a":1}') }),
  event: await invoke(lambda, { FunctionName: 'echo', InvocationType: 'Event', Payload: enc('{"e":1}') }),
  dry_run: await invoke(lambda, { FunctionName: 'echo', InvocationType: 'DryRun' }),
  function_error: await invoke(lambda, { FunctionName: 'fail', Payload: enc('{"errorType":"Boom","errorMessage":"bad"}') }),
  unknown_function: await invoke(lambda, { FunctionName: 'no_such_function', Payload: enc('{}') }),
  arn_qualifier: await invoke(lambda, { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:echo', Qualifier: 'prod', Payload: enc('"q"') }),
  node_handler: await invoke(lambda, { FunctionName: 'node_echo', Payload: enc('{"x":2}') }),
  wrong_signature: await invoke(make(LambdaClient, { accessKeyId, secretAccessKey: 'not-the-secret' }), { FunctionName: 'echo', Payload: enc('{}') }),
};
try {
  const sts = make(STSClient, { accessKeyId, secretAccessKey });
  const c = (await sts.send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'jssdk' }))).Credentials;
  const temp = make(LambdaClient, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken });
  out.assume_role_invoke = await invoke(temp, { FunctionName: 'echo', Payload: enc('{"via":"sts"}') });
} catch (e) {
  out.assume_role_invoke = { Error: e.name, Message: e.message };
}
console.log(JSON.stringify(out));
