namespace ResumeLens.Web.Features.Work;

/// <summary>Processes work items of one kind. Handlers must be idempotent: an item can run again after a crash.</summary>
public interface IWorkHandler
{
    string Kind { get; }

    Task HandleAsync(WorkContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler gets: the item's id, kind, payload and attempt number (1 on the first run).</summary>
public sealed record WorkContext(long Id, string Kind, string Payload, int Attempt, int MaxAttempts);

/// <summary>Thrown by a handler when retrying cannot help (bad input): the item fails at once.</summary>
public sealed class PermanentWorkException(string message, Exception? inner = null) : Exception(message, inner);
