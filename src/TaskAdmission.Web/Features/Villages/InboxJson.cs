using System.Buffers;
using System.Globalization;
using System.Text.Json;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>
/// The open inbox's JSON (<see cref="InboxResponse"/>) written straight from the views, without building the DTOs:
/// on a miss (every read after a change to the village) the DTO graph — an object per assignment, demand, list item,
/// decision and support, and their lists — was about half of what rendering allocated besides the body itself, for a
/// body the cache keeps as bytes anyway (issue 20). The bytes are exactly the serializer's for the same DTOs
/// (<c>InboxJsonTests</c> compare them), so the contract stays <see cref="InboxResponse"/> as OpenAPI describes it.
/// </summary>
/// <remarks>
/// Hand-written because System.Text.Json has no way to serialise one object graph as another's shape. The writer and
/// its buffer are kept per thread and reused (the pattern of the serializer's own pooled writers), so a rendering
/// allocates the body's array and nothing else; a buffer grown past 256 KiB is let go.
/// </remarks>
public static class InboxJson
{
    private const int KeepBufferUpTo = 256 * 1024;

    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] private static Utf8JsonWriter? cachedWriter;
    [ThreadStatic] private static System.Text.Encodings.Web.JavaScriptEncoder? cachedEncoder;
    [ThreadStatic] private static ArrayBufferWriter<byte>? otherBuffer;
    [ThreadStatic] private static Utf8JsonWriter? otherWriter;


    private static readonly JsonEncodedText VillageCode = JsonEncodedText.Encode("villageCode"), Groups = JsonEncodedText.Encode("groups"),
        DueDate = JsonEncodedText.Encode("dueDate"), Assignments = JsonEncodedText.Encode("assignments"), Id = JsonEncodedText.Encode("id"),
        Title = JsonEncodedText.Encode("title"), DepartmentCode = JsonEncodedText.Encode("departmentCode"),
        DepartmentName = JsonEncodedText.Encode("departmentName"), Status = JsonEncodedText.Encode("status"),
        StartDate = JsonEncodedText.Encode("startDate"), EndDate = JsonEncodedText.Encode("endDate"), Emergency = JsonEncodedText.Encode("emergency"),
        Demands = JsonEncodedText.Encode("demands"), ListItems = JsonEncodedText.Encode("listItems"), Decision = JsonEncodedText.Encode("decision"),
        Support = JsonEncodedText.Encode("support"), ExitPending = JsonEncodedText.Encode("exitPending"), Kind = JsonEncodedText.Encode("kind"),
        Count = JsonEncodedText.Encode("count"), Period = JsonEncodedText.Encode("period"), Certificate = JsonEncodedText.Encode("certificate"),
        Signboard = JsonEncodedText.Encode("signboard"), Note = JsonEncodedText.Encode("note"), Code = JsonEncodedText.Encode("code"),
        OrgUnitCode = JsonEncodedText.Encode("orgUnitCode"), OrgUnitName = JsonEncodedText.Encode("orgUnitName"),
        DecidedAtUtc = JsonEncodedText.Encode("decidedAtUtc"), Reason = JsonEncodedText.Encode("reason"), Conditions = JsonEncodedText.Encode("conditions"),
        Integrity = JsonEncodedText.Encode("integrity"), FundingYuan = JsonEncodedText.Encode("fundingYuan"), Funding = JsonEncodedText.Encode("funding"),
        Training = JsonEncodedText.Encode("training"), Staff = JsonEncodedText.Encode("staff"), Equipment = JsonEncodedText.Encode("equipment");

    /// <summary>The body of GET /api/v1/villages/me/assignments for these groups, names in English or Chinese.</summary>
    public static byte[] Write(string village, IReadOnlyList<DueGroup> groups, bool english, JsonSerializerOptions options) =>
        Write(village, groups, english, options, withOther: false).Body;

    /// <summary>
    /// The body in one language (<paramref name="english"/> or Chinese) and the other language's names at their places in
    /// it, from which <see cref="Splice"/> makes the other language's body without the groups: one read of the database
    /// serves a village in both languages, and keeps one body and the names (issue 20).
    /// </summary>
    /// <remarks>
    /// Only three values differ between the languages: the department's name, the deciding unit's and the list items'
    /// titles. The names are kept as a JSON array of triples: the value's start and end (its quotation marks included)
    /// in the body, and the other language's value as the same encoder writes it.
    /// </remarks>
    public static (byte[] Body, byte[] OtherNames) WriteWithOther(string village, IReadOnlyList<DueGroup> groups, bool english, JsonSerializerOptions options)
    {
        var (body, names) = Write(village, groups, english, options, withOther: true);
        return (body, names!);
    }

    /// <summary>The body in the other language: <paramref name="body"/> with the names of <see cref="WriteWithOther"/> in their places.</summary>
    /// <remarks>
    /// Hand-written because System.Text.Json cannot patch values in a document without reading it into nodes and writing
    /// it again (a graph of the whole body, what this avoids): the places are known from the writer, so the other body is
    /// the kept bytes copied around the other names — one array the size of the result besides a growing buffer.
    /// </remarks>
    public static byte[] Splice(byte[] body, byte[] otherNames)
    {
        var output = new ArrayBufferWriter<byte>(body.Length + otherNames.Length);
        var reader = new Utf8JsonReader(otherNames);
        reader.Read();
        var at = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            var start = reader.GetInt32();
            reader.Read();
            var end = reader.GetInt32();
            reader.Read();
            output.Write(body.AsSpan(at, start - at));
            // The value as written, escapes and quotation marks included: the reader's span is the raw text between them.
            output.Write(otherNames.AsSpan((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2));
            at = end;
        }
        output.Write(body.AsSpan(at));
        return Kept(output.WrittenSpan);
    }

    private static (byte[] Body, byte[]? OtherNames) Write(string village, IReadOnlyList<DueGroup> groups, bool english, JsonSerializerOptions options,
        bool withOther)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        if (cachedWriter is null || !ReferenceEquals(cachedEncoder, options.Encoder))
        {
            cachedWriter = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
            otherWriter = new Utf8JsonWriter(otherBuffer ??= new ArrayBufferWriter<byte>(2 * 1024), new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
            cachedEncoder = options.Encoder;
        }
        var w = cachedWriter;
        w.Reset(output);
        var other = withOther ? otherWriter : null;
        other?.Reset(otherBuffer!);
        try
        {
            other?.WriteStartArray();
            w.WriteStartObject();
            w.WriteString(VillageCode, village);
            w.WriteStartArray(Groups);
            foreach (var group in groups)
            {
                w.WriteStartObject();
                WriteDate(w, DueDate, group.DueDate);
                w.WriteStartArray(Assignments);
                foreach (var a in group.Assignments)
                {
                    WriteAssignment(w, a, english, other);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            if (other is null)
            {
                return (Kept(output.WrittenSpan), null);
            }
            other.WriteEndArray();
            other.Flush();
            return (Kept(output.WrittenSpan), Kept(otherBuffer!.WrittenSpan));
        }
        finally
        {
            output.ResetWrittenCount();
            otherBuffer?.ResetWrittenCount();
            if (output.Capacity > KeepBufferUpTo || otherBuffer?.Capacity > KeepBufferUpTo)
            {
                buffer = null;
                otherBuffer = null;
                cachedWriter = null;
                otherWriter = null;
            }
        }
    }

    /// <summary>
    /// A copy of <paramref name="written"/> for the village's cached inbox, on the pinned object heap: a body is kept for
    /// seconds to a minute, so on the small object heap every gen0 and then gen1 collection meanwhile copied it (issue 20:
    /// the inbox's misses promoted ≈ 9 KB out of gen0 and ≈ 8 KB out of gen1 each, the bodies they keep). Objects there are
    /// never moved and are collected with gen2, where a kept body ended anyway.
    /// </summary>
    private static byte[] Kept(ReadOnlySpan<byte> written)
    {
        var kept = GC.AllocateUninitializedArray<byte>(written.Length, pinned: true);
        written.CopyTo(kept);
        return kept;
    }

    /// <summary>A name that differs by language: written in the body's, and the other's noted at its place (<see cref="WriteWithOther"/>).</summary>
    private static void WriteName(Utf8JsonWriter w, JsonEncodedText name, string value, Utf8JsonWriter? other, string otherValue)
    {
        w.WritePropertyName(name);
        if (other is null)
        {
            w.WriteStringValue(value);
            return;
        }
        other.WriteNumberValue(w.BytesCommitted + w.BytesPending);
        w.WriteStringValue(value);
        other.WriteNumberValue(w.BytesCommitted + w.BytesPending);
        other.WriteStringValue(otherValue);
    }

    private static void WriteAssignment(Utf8JsonWriter w, AssignmentView v, bool english, Utf8JsonWriter? other)
    {
        w.WriteStartObject();
        w.WriteString(Id, v.Id);
        w.WriteString(Title, v.Title);
        w.WriteString(DepartmentCode, v.DepartmentCode);
        WriteName(w, DepartmentName, v.DepartmentName(english), other, v.DepartmentName(!english));
        Names<AssignmentStatus>.Write(w, Status, v.Status);
        WriteDate(w, StartDate, v.StartDate);
        WriteDate(w, DueDate, v.DueDate);
        WriteDate(w, EndDate, v.EndDate);
        w.WriteBoolean(Emergency, v.Emergency);
        w.WriteStartArray(Demands);
        foreach (var d in v.Demands)
        {
            w.WriteStartObject();
            Names<DemandKind>.Write(w, Kind, d.Kind);
            w.WriteNumber(Count, d.Count);
            Names<DemandPeriod>.Write(w, Period, d.Period);
            w.WriteString(Certificate, d.Certificate);
            w.WriteString(Signboard, d.Signboard);
            w.WriteString(Note, d.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(ListItems);
        foreach (var i in v.ListItems)
        {
            w.WriteStartObject();
            w.WriteString(Code, i.Code);
            WriteName(w, Title, i.Title(english), other, i.Title(!english));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject(Decision);
        Names<DecisionKind>.Write(w, Kind, v.Decision.Kind);
        w.WriteString(OrgUnitCode, v.Decision.OrgUnitCode);
        WriteName(w, OrgUnitName, v.Decision.OrgUnitName(english), other, v.Decision.OrgUnitName(!english));
        w.WriteString(DecidedAtUtc, v.Decision.DecidedAtUtc);
        w.WriteString(Reason, v.Decision.Reason);
        w.WriteString(Conditions, v.Decision.Conditions);
        Names<DecisionIntegrity>.Write(w, Integrity, v.Decision.Integrity);
        w.WriteEndObject();
        w.WriteStartObject(Support);
        w.WriteNumber(FundingYuan, v.Support.FundingYuan);
        Names<SupportState>.Write(w, Funding, v.Support.Funding);
        Names<SupportState>.Write(w, Training, v.Support.Training);
        Names<SupportState>.Write(w, Staff, v.Support.Staff);
        Names<SupportState>.Write(w, Equipment, v.Support.Equipment);
        w.WriteEndObject();
        w.WriteBoolean(ExitPending, v.ExitPending);
        w.WriteEndObject();
    }

    /// <summary>
    /// An enum's value as its name, as the DTOs carry it (<c>ToString()</c>), each name encoded once: <c>ToString()</c> on
    /// an enum value boxes it, nine or more times per assignment on a miss (issue 20). A value without a name of its own
    /// (a combination, an undefined number) or a name that is not plain ASCII (which an encoder might escape otherwise
    /// than the default one) is written as before.
    /// </summary>
    private static class Names<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, JsonEncodedText> Encoded = Enum.GetValues<T>().Distinct()
            .Select(v => (Value: v, Name: v.ToString()))
            .Where(n => n.Name.Length > 0 && n.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            .ToDictionary(n => n.Value, n => JsonEncodedText.Encode(n.Name));

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, T value)
        {
            if (Encoded.TryGetValue(value, out var text))
            {
                w.WriteString(name, text);
            }
            else
            {
                w.WriteString(name, value.ToString());
            }
        }
    }

    /// <summary>As System.Text.Json writes a <see cref="DateOnly"/>: "yyyy-MM-dd".</summary>
    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        w.WriteString(name, text[..written]);
    }
}
