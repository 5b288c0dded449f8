using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>Keeps every log line at Warning or above that the app writes, so a test can say none was an error.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> lines = new();

    /// <summary>The error lines since the last <see cref="Clear"/>, each as "category: message", for an assertion's text.</summary>
    public IReadOnlyList<string> Errors =>
        lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message}").ToList();

    public void Clear() => lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Collector(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Collector(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.lines.Enqueue((logLevel, category, exception is null ? formatter(state, null) : $"{formatter(state, exception)} {exception}"));
            }
        }
    }
}
