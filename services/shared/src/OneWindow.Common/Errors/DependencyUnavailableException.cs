namespace OneWindow.Common.Errors;

/// <summary>
/// Something the action cannot do without does not answer (e.g. the store ticket numbers come from): the request
/// was right and may succeed when retried, so the edges answer 503 / Unavailable with the stable
/// <see cref="Code"/>, never 500. Only for a dependency that is down, never for a bug.
/// </summary>
public class DependencyUnavailableException(string code, string message, Exception? innerException = null) : Exception(message, innerException)
{
    public string Code { get; } = code;
}
