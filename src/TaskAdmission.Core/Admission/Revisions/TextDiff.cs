using DiffPlex;
using DiffPlex.Chunkers;

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>
/// Marks what changed between two texts, with DiffPlex's Myers diff. Chinese has no spaces between words, so each
/// Chinese character (and each punctuation mark or space) is its own unit; a run of Latin letters or digits is one
/// unit, so an English word or a number changes as a whole instead of letter by letter.
/// </summary>
public static class TextDiff
{
    private static readonly CustomFunctionChunker Units = new(Split);

    public static IReadOnlyList<TextPiece> Compare(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Units);
        var pieces = new List<TextPiece>();
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                Add(pieces, TextPieceKind.Same, result.PiecesOld[a]);
            }
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Add(pieces, TextPieceKind.Deleted, result.PiecesOld[a++]);
            }
            for (var i = 0; i < block.InsertCountB; i++)
            {
                Add(pieces, TextPieceKind.Inserted, result.PiecesNew[b++]);
            }
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            Add(pieces, TextPieceKind.Same, result.PiecesOld[a]);
        }
        return pieces;
    }

    private static void Add(List<TextPiece> pieces, TextPieceKind kind, string text)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new TextPiece(kind, text));
        }
    }

    private static string[] Split(string text)
    {
        var units = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            units.Add(text[start..i]);
        }
        return [.. units];
    }
}
