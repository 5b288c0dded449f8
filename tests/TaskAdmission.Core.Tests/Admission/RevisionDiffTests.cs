using TaskAdmission.Core.Admission.Revisions;

namespace TaskAdmission.Core.Tests.Admission;

public sealed class RevisionDiffTests
{
    private static string Marked(IReadOnlyList<TextPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        TextPieceKind.Deleted => $"[-{p.Text}]",
        TextPieceKind.Inserted => $"[+{p.Text}]",
        _ => p.Text,
    }));

    [Fact]
    public void Compare_MarksSingleChineseCharacters_WhenTextHasNoSpaces()
    {
        var pieces = TextDiff.Compare("请各村每月报送台账", "请各村每季度报送台账");

        Assert.Equal("请各村每[-月][+季度]报送台账", Marked(pieces));
    }

    [Fact]
    public void Compare_MarksWholeWordsAndNumbers_InLatinText()
    {
        Assert.Equal("visit [-elderly][+older] people [-4][+12] times", Marked(TextDiff.Compare("visit elderly people 4 times", "visit older people 12 times")));
    }

    [Fact]
    public void Compare_ListsAddedRemovedAndAlteredEntries_AndLeavesEqualFieldsUnchanged()
    {
        RevisionField[] old =
        [
            RevisionField.Of("title", "关爱走访"),
            RevisionField.List("villages", [new DiffItem("A", "甲村"), new DiffItem("B", "乙村")]),
            RevisionField.List("demands", [new DiffItem("Report#1", "报表，1次，每月")]),
        ];
        RevisionField[] @new =
        [
            RevisionField.Of("title", "关爱走访"),
            RevisionField.List("villages", [new DiffItem("B", "乙村"), new DiffItem("C", "丙村")]),
            RevisionField.List("demands", [new DiffItem("Report#1", "报表，1次，每季度")]),
        ];

        var changes = RevisionDiff.Compare(old, @new).ToDictionary(c => c.Key);

        Assert.False(changes["title"].Changed);
        Assert.Equal(["丙村"], changes["villages"].Added.Select(i => i.Text));
        Assert.Equal(["甲村"], changes["villages"].Removed.Select(i => i.Text));
        var altered = Assert.Single(changes["demands"].Altered);
        Assert.Equal("报表，1次，每[-月][+季度]", Marked(altered.Pieces));
    }
}
