using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TaskAdmission.Application.Persistence.Configurations;

/// <summary>
/// A list of codes stored in one text column, semicolon-separated (codes never contain a semicolon): the entity holds
/// a collection, the table keeps the column it always had, so no migration and no join table for a handful of codes.
/// </summary>
public static class CodeListConversion
{
    private static readonly ValueConverter<List<string>, string> Converter = new(
        codes => string.Join(';', codes),
        joined => joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());

    // Lists are compared by content, so a changed list is saved and an unchanged one is not.
    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        codes => codes.Aggregate(0, (hash, code) => HashCode.Combine(hash, code.GetHashCode(StringComparison.Ordinal))),
        codes => codes.ToList());

    public static PropertyBuilder<List<string>> HasCodeListConversion(this PropertyBuilder<List<string>> property) =>
        property.HasConversion(Converter, Comparer);
}
