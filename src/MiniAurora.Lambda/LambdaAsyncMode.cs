namespace MiniAurora.Lambda;

/// <summary>How <c>lambda_async</c> delivers (cluster parameter <c>aws_lambda_async_mode</c>); the engine reads it.</summary>
public enum LambdaAsyncMode
{
    /// <summary>Beyond Aurora: written to the transaction's outbox, dispatched after commit, retried, durable.</summary>
    Outbox,

    /// <summary>Aurora's behaviour: the Event call is made at call time (the statement waits for the 202).</summary>
    Immediate,
}
