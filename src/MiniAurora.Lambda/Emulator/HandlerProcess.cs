using System.Diagnostics;

namespace MiniAurora.Lambda.Emulator;

/// <summary>One long-lived handler process of a <see cref="ProcessFunction"/>'s pool.</summary>
internal sealed class HandlerProcess(ProcessFunction owner, string token, Process process)
{
    public ProcessFunction Owner { get; } = owner;

    /// <summary>The secret the process sends in <c>X-MiniAurora-Worker</c>, so the endpoint knows which process polls.</summary>
    public string Token { get; } = token;

    public Process Process { get; } = process;

    /// <summary>The invocation the process is running, if any.</summary>
    public volatile RuntimeInvocation? Current;

    public void Kill()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
