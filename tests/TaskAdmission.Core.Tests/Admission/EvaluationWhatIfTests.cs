using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// The harness's what-if for the owners' first question: a refusal resting on one match sent to a township's review
/// instead. What counts as one match, and what the false blocks and the refused labels become.
/// </summary>
public sealed class EvaluationWhatIfTests
{
    private static PrecheckFinding Block(string rule, string item, params EvidenceSpan[] spans) =>
        new(rule, FindingSeverity.Block, item, "demo", null, "") { Evidence = spans };

    private static PrecheckFinding Warn(string rule) => new(rule, FindingSeverity.Warn, null, "demo", null, "");

    private static NoticeOutcome Outcome(string label, params PrecheckFinding[] findings) =>
        new(new Notice { Id = "t-1", Set = "t", Labels = [label], Title = "t", Text = "t" },
            new PrecheckResult(findings.Length == 0 ? PrecheckOutcome.TownshipReview : PrecheckOutcome.Rejected, findings, [], 1, new Dictionary<DemandKind, double>()));

    [Fact]
    public void OneFindingMatchedOnce_IsARefusalOnOneMatch()
    {
        var outcome = Outcome("clean", Block(PrecheckRules.AppCheckIn, "LX-CI-02", new EvidenceSpan("description", 40, 2), new EvidenceSpan("description", 48, 4)));

        Assert.True(outcome.RefusedOnOneMatch);
        Assert.Equal(0, new EvaluationFigures([outcome]).FalseBlocksWithOneMatchReviewed);
        Assert.Equal(1, new EvaluationFigures([outcome]).FalseBlocks);
    }

    [Fact]
    public void TwoFindings_OrOneFindingFoundFarApartOrInTwoFields_AreNot()
    {
        var two = Outcome("clean", Block(PrecheckRules.AppCheckIn, "LX-CI-02", new EvidenceSpan("description", 40, 2)),
            Block(PrecheckRules.AssessmentBan, "LX-AS-01", new EvidenceSpan("description", 90, 2)));
        var far = Outcome("clean", Block(PrecheckRules.AppCheckIn, "LX-CI-02", new EvidenceSpan("description", 10, 2), new EvidenceSpan("description", 300, 2)));
        var fields = Outcome("clean", Block(PrecheckRules.AppCheckIn, "LX-CI-02", new EvidenceSpan("title", 2, 2), new EvidenceSpan("description", 4, 2)));

        Assert.All(new[] { two, far, fields }, o => Assert.False(o.RefusedOnOneMatch));
        Assert.Equal(3, new EvaluationFigures([two, far, fields]).FalseBlocksWithOneMatchReviewed);
    }

    [Fact]
    public void AReviewedRefusal_IsNoLongerARefusedLabel_ButASignboardStillRoutesToJointReview()
    {
        var fee = Outcome("FM-02", Block(PrecheckRules.ProhibitedItem, "FM-02", new EvidenceSpan("description", 12, 6)));
        var board = new NoticeOutcome(new Notice { Id = "t-2", Set = "t", Labels = ["SIGNBOARD", "FM-04"], Title = "t", Text = "t" },
            new PrecheckResult(PrecheckOutcome.Rejected,
                [Block(PrecheckRules.ProhibitedItem, "FM-04", new EvidenceSpan("description", 5, 4)), Warn(PrecheckRules.Signboard)], [], 1, new Dictionary<DemandKind, double>()));
        var figures = new EvaluationFigures([fee, board]);

        Assert.Equal(3, figures.ProhibitedDetected);
        Assert.Equal(1, figures.ProhibitedDetectedWithOneMatchReviewed);
        Assert.True(board.DetectedWithOneMatchReviewed("SIGNBOARD"));
        Assert.False(board.DetectedWithOneMatchReviewed("FM-04"));
    }
}
