using System.Text;
using TaskAdmission.Workflows.Cli;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Parsing;

/// <summary>
/// Shapes seen in public BPMN files (session 33: Camunda 7/8 examples, Flowable/Activiti/jBPM test resources, bpmn-js
/// examples, the BPMN MIWG suite), each reproduced in a file of our own in workflows/test/public-shapes.
/// </summary>
public sealed class PublicShapesTests
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private static string ShapePath(string name) => Fixtures.Path("test/public-shapes", name);

    private int Cli(params string[] args) => new WorkflowCommandLine().Run(args, output, error);

    private string[] OutputLines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void FlowsWithoutId_AreReportedOneByOne_WithTheirEnds_AndNothingElse()
    {
        var result = BpmnParser.Parse(Fixtures.Read("test/public-shapes", "flows-without-id.bpmn"));

        Assert.Empty(result.Warnings);
        Assert.Equal(
            [
                "twoBranches line 8: sequenceFlow from 'split' to 'left' has no id; give each sequence flow a unique id",
                "twoBranches line 9: sequenceFlow from 'split' to 'left' has no id; give each sequence flow a unique id",
                "twoBranches line 10: sequenceFlow from 'split' to 'right' has no id; give each sequence flow a unique id",
                "twoBranches line 13: sequenceFlow from 'left' to 'merge' has no id; give each sequence flow a unique id",
                "twoBranches line 16: sequenceFlow from 'merge' to 'finish' has no id; give each sequence flow a unique id",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Camunda7ModelerFile_WithConditionIds_AndHistoryTimeToLive_ValidatesWithWarnings_AndRuns()
    {
        var result = BpmnParser.Parse(Fixtures.Read("test/public-shapes", "camunda7-modeler-attributes.bpmn"));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(
            [
                "camunda:historyTimeToLive has no effect here: instances and their journal are kept until the host removes them",
                "camunda:isStartableInTasklist is not enforced by the engine: who may start a process is decided by the host's screens",
            ],
            result.Warnings.Select(w => w.Message));

        var exit = Cli("run", ShapePath("camunda7-modeler-attributes.bpmn"), "--var", "amount=5000", "--complete", "review={}");

        Assert.Equal(0, exit);
        Assert.Contains("path: received, size, review, merge, done", OutputLines);
        Assert.Contains("status: Completed", OutputLines);
    }

    [Fact]
    public void FeelCondition_IsRefused_NamingFeel_NotAStrayCharacter()
    {
        var problem = Assert.Single(BpmnParser.Parse(Fixtures.Read("test/public-shapes", "feel-condition.bpmn")).Problems);

        Assert.Equal("urgent", problem.ElementId);
        Assert.Equal(9, problem.Line);
        Assert.StartsWith("condition '=priority = \"high\"' is a FEEL expression (Camunda 8); FEEL is not supported", problem.Message);
        Assert.DoesNotContain("unexpected character", problem.Message);
    }

    [Fact]
    public void Run_DescribesSignalWaits_AsSignals()
    {
        var exit = Cli("run", ShapePath("two-signals.bpmn"));

        Assert.Equal(0, exit);
        Assert.Contains("waiting for: wait_go (signal 'Go ahead'), wait_stop (signal 'Stop')", OutputLines);
        Assert.DoesNotContain("signal:", output.ToString());
    }

    [Fact]
    public void GbkDeclaredFile_IsDecodedAsGbk_SoAChineseConditionMatches()
    {
        var exit = Cli("run", ShapePath("gbk-declared.bpmn"), "--var", "dept=财务部");

        Assert.Equal(0, exit);
        Assert.Contains("path: start, route, finance, end", OutputLines);
    }

    [Fact]
    public void Utf16FileWithByteOrderMark_Validates()
    {
        var text = BpmnFileText.Read(ShapePath("utf16-bom.bpmn"), out var problem);

        Assert.Null(problem);
        Assert.Contains("报销分流", text);
        Assert.Equal(0, Cli("validate", ShapePath("utf16-bom.bpmn")));
        Assert.Equal(["valid"], OutputLines);
    }

    [Fact]
    public void Latin1BytesInAFileDeclaringUtf8_AreRefusedWithTheirLine_NotReplacedSilently()
    {
        var exit = Cli("validate", ShapePath("latin1-declared-utf8.bpmn"));

        Assert.Equal(1, exit);
        Assert.Equal(
            ["document line 7: 0xFC is not valid UTF-8 (the file declares encoding 'UTF-8'); save the file as UTF-8 or declare its real encoding"],
            OutputLines);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsSkipped_AndAnUnknownDeclaredEncoding_IsNamed()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>")).ToArray();
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>", BpmnFileText.Decode(withBom, out var none));
        Assert.Null(none);

        Assert.Null(BpmnFileText.Decode(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-made-up\"?><a/>"), out var unknown));
        Assert.Equal("document line 1: the XML declaration names encoding 'x-made-up', which is not known; save the file as UTF-8", unknown!.ToString());
    }

    [Fact]
    public void EventSubProcess_IsRefusedOnce_WithoutMissingFlowErrors()
    {
        var problem = Assert.Single(BpmnParser.Parse(Fixtures.Read("test/public-shapes", "event-subprocess.bpmn")).Problems);

        Assert.Equal("on_failure line 10: event sub-processes (triggeredByEvent=\"true\") are not supported; use a boundary event on a sub-process", problem.ToString());
    }

    [Fact]
    public void EmptyFile_IsSaidToBeEmpty_OnLineOne()
    {
        var problem = Assert.Single(BpmnParser.Parse("").Problems);

        Assert.Equal("document line 1: the file is empty", problem.ToString());
    }
}
