using System.Xml;
using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>The problems found in one file; the same message about the same element is kept once.</summary>
internal sealed class ProblemLog
{
    private readonly List<ParseProblem> problems = [];
    private readonly HashSet<(string Id, string Message)> seen = [];

    public bool HasErrors => problems.Any(p => !p.IsWarning);

    public void Error(XObject at, string id, string message) => Add(new ParseProblem(id, Line(at), message));

    public void Error(string id, int line, string message) => Add(new ParseProblem(id, line, message));

    public void Warning(XObject at, string id, string message) => Add(new ParseProblem(id, Line(at), message, ProblemSeverity.Warning));

    public void Warning(string id, int line, string message) => Add(new ParseProblem(id, line, message, ProblemSeverity.Warning));

    /// <summary>An error kept even when the same element already has the same message: for elements without an id, told apart by their line.</summary>
    public void ErrorEach(XObject at, string id, string message)
    {
        var problem = new ParseProblem(id, Line(at), message);
        seen.Add((problem.ElementId, problem.Message));
        problems.Add(problem);
    }

    public void Add(ParseProblem problem)
    {
        if (seen.Add((problem.ElementId, problem.Message))) problems.Add(problem);
    }

    public IReadOnlyList<ParseProblem> Ordered() =>
        problems.OrderBy(p => p.Line).ThenBy(p => p.ElementId, StringComparer.Ordinal).ToList();

    public static int Line(XObject at) => ((IXmlLineInfo)at).HasLineInfo() ? ((IXmlLineInfo)at).LineNumber : 0;
}
