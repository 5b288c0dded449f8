namespace TaskAdmission.Core.Burden;

/// <summary>How a baseline figure was recorded. Persisted by name.</summary>
public enum BaselineOrigin
{
    Form,
    Import,
    Snapshot,
}
