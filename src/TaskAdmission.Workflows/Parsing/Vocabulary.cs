namespace TaskAdmission.Workflows.Parsing;

/// <summary>The words of our own (<c>ta:</c>) vocabulary and where each may stand, for precise messages about misspelled or misplaced ones.</summary>
internal static class Vocabulary
{
    /// <summary>ta: attributes and the elements they are allowed on.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TaAttributes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["candidateRoles"] = ["userTask", "manualTask", "lane"],
        ["candidateScope"] = ["userTask", "manualTask", "lane"],
        ["assignee"] = ["userTask", "manualTask"],
        ["formKey"] = ["userTask", "manualTask"],
        ["dueInWorkingDays"] = ["userTask", "manualTask"],
        ["confirm"] = ["manualTask"],
        ["type"] = ["serviceTask"],
        ["timeoutAction"] = ["boundaryEvent"],
        ["collection"] = ["multiInstanceLoopCharacteristics"],
        ["elementVariable"] = ["multiInstanceLoopCharacteristics"],
        ["outcomeVariable"] = ["multiInstanceLoopCharacteristics"],
        ["resultVariable"] = ["multiInstanceLoopCharacteristics"],
        ["calledVersion"] = ["callActivity"],
    };

    /// <summary>ta: elements (inside extensionElements) and the elements whose extensions they belong to.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TaElements = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["in"] = ["callActivity"],
        ["out"] = ["callActivity"],
    };

    /// <summary>BPMN elements that are refused wherever they appear, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> RefusedBpmn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ioSpecification"] = "ioSpecification (declared data inputs and outputs) is not supported: activities read and write process variables directly; remove it",
        ["dataInputAssociation"] = "dataInputAssociation (data flow into an activity) is not supported: activities read process variables directly",
        ["dataOutputAssociation"] = "dataOutputAssociation (data flow out of an activity) is not supported: activities write process variables directly",
        ["property"] = "property (declared activity data) is not supported: use process variables",
        ["dataObject"] = "dataObject is not supported: process data lives in process variables",
        ["dataObjectReference"] = "dataObjectReference is not supported: process data lives in process variables",
        ["dataStoreReference"] = "dataStoreReference is not supported: storage is the host's business",
        ["dataStore"] = "dataStore is not supported: storage is the host's business",
        ["standardLoopCharacteristics"] = "standardLoopCharacteristics (a looping activity) is not supported: draw the loop with a gateway and a flow back",
        ["potentialOwner"] = "potentialOwner is not supported: name the candidates with ta:candidateRoles or flowable:candidateGroups",
        ["humanPerformer"] = "humanPerformer is not supported: name the assignee with ta:assignee or flowable:assignee",
        ["performer"] = "performer is not supported: name the assignee with ta:assignee or flowable:assignee",
        ["rendering"] = "rendering is not supported: name the form with ta:formKey or flowable:formKey",
        ["compensateEventDefinition"] = "compensation is not supported",
        ["laneSet"] = "lanes are only supported in the executable process, not inside sub-processes",
    };

    /// <summary>The closest known word within two edits (ignoring case), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
