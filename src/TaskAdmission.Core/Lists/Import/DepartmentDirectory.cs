namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// The departments an import may name. Published lists often write the department's name (市民政局) rather than
/// its code (CITY-MZ), so names can be registered as aliases; imported items always store the code, which is
/// what "for my department" filters compare.
/// </summary>
public sealed class DepartmentDirectory
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);

    public DepartmentDirectory(IEnumerable<string> codes, IEnumerable<KeyValuePair<string, string>>? namesToCodes = null)
    {
        foreach (var code in codes)
        {
            _codes[code.Trim()] = code.Trim();
        }

        foreach (var (name, code) in namesToCodes ?? [])
        {
            // An alias pointing at an unknown code would silently admit a department nobody registered.
            if (!_codes.ContainsKey(code.Trim()))
            {
                throw new ArgumentException($"Alias '{name}' points at unknown department code '{code}'.", nameof(namesToCodes));
            }

            _codes.TryAdd(name.Trim(), _codes[code.Trim()]);
        }
    }

    public bool TryResolve(string value, out string code)
    {
        if (_codes.TryGetValue(value.Trim(), out var found))
        {
            code = found;
            return true;
        }

        code = "";
        return false;
    }
}
