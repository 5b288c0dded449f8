using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// The only place that reads CSV through CsvHelper (33.x API, CsvParser). The branch base pins 34.0.0, whose
/// reader API is different, while main pins 33.0.1; keeping the dependency here means a version change
/// touches this file and <see cref="CsvRecordWriter"/> only.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    // Strict decoding: a GBK file saved by an older Excel would otherwise import as replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private int _malformedRow = -1;

    public CsvRecordReader(Stream stream)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = args => _malformedRow = args.Context.Parser?.Row ?? -1,
        };
        _text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        _parser = new CsvParser(_text, config);
    }

    /// <summary>The fields of the current record.</summary>
    public string[] Record { get; private set; } = [];

    /// <summary>
    /// 1-based file line where the current record starts, header = 1. CsvHelper counts the line where a record
    /// ends, so the line breaks inside its quoted fields are subtracted.
    /// </summary>
    public int Row { get; private set; } = 1;

    /// <summary>True when the current record has broken quoting; its fields are then unreliable.</summary>
    public bool Malformed { get; private set; }

    /// <summary>Moves to the next non-blank record. Throws <see cref="DecoderFallbackException"/> on bytes that are not UTF-8.</summary>
    public async Task<bool> ReadAsync()
    {
        if (!await _parser.ReadAsync().ConfigureAwait(false))
        {
            return false;
        }

        // CsvHelper parses fields lazily: BadDataFound fires only once Record is touched.
        Record = _parser.Record ?? [];
        Malformed = _malformedRow == _parser.Row;
        Row = Math.Max(_parser.RawRow - Record.Sum(LineBreaks), 1);
        return true;
    }

    private static int LineBreaks(string field)
    {
        var count = 0;
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\n' || (field[i] == '\r' && (i + 1 == field.Length || field[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
