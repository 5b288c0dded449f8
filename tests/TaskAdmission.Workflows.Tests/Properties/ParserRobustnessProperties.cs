using System.Xml.Linq;
using CsCheck;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Properties;

/// <summary>Damaged versions of the conformance files: the parser always answers (never throws), and a refusal always says where.</summary>
public sealed class ParserRobustnessProperties
{
    private static readonly string[] Files = Directory.GetFiles(Fixtures.Path("test", "conformance"), "*.bpmn")
        .Concat(Directory.GetFiles(Fixtures.Path("test", "flowable"), "*.bpmn")).Order().ToArray();

    private static readonly string[] Words = ["true", "0", "yes", "", "${x", "${a.b()}", "R/P1D", "0 0 9 ? * MON-FRI", "ghost", "start", "P-1D", "2026-13-40"];

    private static readonly string[] Names = ["userTask", "task", "parallelGateway", "eventBasedGateway", "scriptTask", "boundaryEvent", "subProcess", "callActivity", "foo"];

    [Fact]
    public void DamagedFile_IsAlwaysAnswered_WithLocatedProblems()
    {
        var damage = Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 10_000].Array[1, 6]);
        damage.Sample((file, edits) =>
        {
            var xml = Damage(File.ReadAllText(Files[file]), edits);
            var result = BpmnParser.Parse(xml, DialectMappings.Options());
            Assert.Equal(result.Problems.Count == 0, result.IsValid);
            Assert.All(result.Problems.Concat(result.Warnings), p => Assert.False(string.IsNullOrWhiteSpace(p.ElementId) || string.IsNullOrWhiteSpace(p.Message)));
            if (result.IsValid) RunAsync(xml).GetAwaiter().GetResult();
        }, iter: 500, threads: 1);
    }

    /// <summary>A damaged file that still validates runs: it may stop at an incident or refuse to start, but nothing throws anything else.</summary>
    private static async Task RunAsync(string xml)
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        harness.Activities.Register("Noop", _ => { }).Register("SendNotification", _ => { });
        var deployment = await harness.Engine.DeployAsync(xml);
        try
        {
            var variables = EngineHarness.Vars(new { amount = 5, townships = new[] { "T1" }, assigneeList = new[] { "a" }, days = 2, approved = true, department = "D", channel = "web" });
            var started = await harness.Engine.StartAsync(new StartInstanceRequest { ProcessId = deployment.ProcessId, Variables = variables, BusinessKey = "k" });
            for (var round = 0; round < 20 && started.Status == InstanceStatus.Running; round++)
            {
                var open = await harness.OpenTasksAsync(started.InstanceId);
                if (open.Count == 0) break;
                await harness.Engine.CompleteTaskAsync(open[0].Id, open[0].Assignee ?? "someone", EngineHarness.Vars(new { outcome = "approve", approved = true }));
            }
        }
        catch (WorkflowOperationException)
        {
            // e.g. a process left with only timer start events refuses StartAsync: an answer, not a crash.
        }
    }

    /// <summary>Each number picks an element and a kind of damage: drop an attribute, change its value, rename or drop the element, or copy it.</summary>
    private static string Damage(string xml, int[] edits)
    {
        var document = XDocument.Parse(xml);
        foreach (var edit in edits)
        {
            var elements = document.Root!.DescendantsAndSelf().ToList();
            var element = elements[edit % elements.Count];
            var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
            switch (edit / elements.Count % 5)
            {
                case 0 when attributes.Count > 0:
                    attributes[edit % attributes.Count].Remove();
                    break;
                case 1 when attributes.Count > 0:
                    attributes[edit % attributes.Count].Value = Words[edit % Words.Length];
                    break;
                case 2 when element.Parent is not null:
                    element.Name = element.Name.Namespace + Names[edit % Names.Length];
                    break;
                case 3 when element.Parent is not null:
                    element.Remove();
                    break;
                case 4 when element.Parent is not null:
                    element.AddAfterSelf(new XElement(element));
                    break;
            }
        }

        return document.ToString();
    }
}
