namespace MiniAurora.Lambda.Core;

public sealed partial class LambdaInvocationCore
{
    /// <summary>
    /// One dispatcher: takes ready invocations and delivers them one at a time. When its function is at its cap
    /// the invocation is parked on the function's lane; whoever finishes an invocation of that function runs the
    /// parked one next, so a slow function holds at most its cap of dispatchers and never the others.
    /// </summary>
    private async Task DispatchLoopAsync(CancellationToken stop)
    {
        try
        {
            while (await _ready.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (_ready.Reader.TryRead(out var p))
                {
                    var next = TryStart(p);
                    while (next is not null)
                    {
                        await DeliverAsync(next, stop).ConfigureAwait(false);
                        next = Finish(next);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutdown: pending invocations stay pending (durable ones are re-fed by the outbox after restart).
        }
    }

    private PendingInvocation? TryStart(PendingInvocation p)
    {
        int cap = _options.PerFunctionConcurrency;
        if (cap <= 0)
        {
            return p;
        }
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(p.FunctionKey, out var lane))
            {
                _lanes[p.FunctionKey] = lane = new FunctionLane();
            }
            if (lane.InFlight < cap)
            {
                lane.InFlight++;
                return p;
            }
            lane.Waiting.Enqueue(p);
            return null;
        }
    }

    /// <summary>Releases <paramref name="done"/>'s slot, or hands it straight to the next parked invocation of the same function.</summary>
    private PendingInvocation? Finish(PendingInvocation done)
    {
        if (_options.PerFunctionConcurrency <= 0)
        {
            return null;
        }
        lock (_lanes)
        {
            var lane = _lanes[done.FunctionKey];
            if (lane.Waiting.TryDequeue(out var next))
            {
                return next;
            }
            if (--lane.InFlight == 0)
            {
                _lanes.Remove(done.FunctionKey);
            }
            return null;
        }
    }

    private async Task DeliverAsync(PendingInvocation p, CancellationToken stop)
    {
        p.Attempts++;
        p.State = "in_flight";
        p.NextAttemptAt = null;
        Counters.AsyncInFlightDelta(1);
        try
        {
            await _transport.SendAsync(p.Invocation.ToRequest(), stop).ConfigureAwait(false);
            Counters.AsyncLatency.Record(_time.GetElapsedTime(p.EnqueuedTimestamp));
            Counters.DeliveredOne();
            Leave(p);
            _listener?.OnDelivered(p.Invocation, p.Attempts);
        }
        catch (OperationCanceledException ex) when (!stop.IsCancellationRequested)
        {
            // A cancellation nobody asked for (not shutdown) is a broken call: retry it like a network error.
            HandleFailure(p, new LambdaApiException(LambdaFailureKind.Network, "Network Connection. The call was aborted", inner: ex), stop);
        }
        catch (LambdaApiException ex)
        {
            HandleFailure(p, ex, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A transport bug must not kill the dispatcher; treat it as a final failure of this invocation.
            Counters.FailedOne();
            DeadLetter(p, new LambdaApiException(LambdaFailureKind.ClientError, "Internal error: " + ex.Message, inner: ex));
        }
        finally
        {
            Counters.AsyncInFlightDelta(-1);
        }
    }

    /// <summary>Schedules a retry (backoff, Retry-After) or dead-letters the invocation.</summary>
    private void HandleFailure(PendingInvocation p, LambdaApiException ex, CancellationToken stop)
    {
        Counters.FailedOne();
        p.LastError = ex.Message;
        if (!_retry.ShouldRetry(ex, p.Attempts))
        {
            DeadLetter(p, ex);
            return;
        }
        var delay = _retry.Delay(p.Attempts, ex.RetryAfter);
        Counters.RetriedOne();
        p.State = "retry_wait";
        p.NextAttemptAt = _time.GetUtcNow() + delay;
        LogRetry(_logger, p.Invocation.Id, p.FunctionKey, p.Attempts, (long)delay.TotalMilliseconds, ex.Message);
        _ = RequeueLaterAsync(p, delay, stop);
    }

    private async Task RequeueLaterAsync(PendingInvocation p, TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, _time, stop).ConfigureAwait(false);
            p.State = "queued";
            _ready.Writer.TryWrite(p);
        }
        catch (OperationCanceledException)
        {
            // Shutdown while waiting: the invocation stays pending.
        }
    }

    private void DeadLetter(PendingInvocation p, LambdaApiException ex)
    {
        var dl = new DeadLetter(p.Invocation, p.Attempts, ex.Message, ex.Kind, _time.GetUtcNow());
        lock (_deadLetters)
        {
            _deadLetters.AddLast(dl);
            while (_deadLetters.Count > Math.Max(1, _options.DeadLetterCapacity))
            {
                _deadLetters.RemoveFirst();
            }
        }
        Counters.DeadLetteredOne();
        Leave(p);
        LogDeadLetter(_logger, p.Invocation.Id, p.FunctionKey, p.Attempts, ex.Message);
        _listener?.OnDeadLettered(dl);
    }

    private void Leave(PendingInvocation p)
    {
        _pending.TryRemove(p.Invocation.Id, out _);
        Counters.QueuedDelta(-1);
        if (p.HoldsCapacity)
        {
            _queueSlots.Release();
        }
    }
}
