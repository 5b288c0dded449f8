namespace TaskAdmission.Workflows.Execution;

/// <summary>Finds the activity for a service task type; implemented by a plain registry and by DI keyed services.</summary>
public interface IServiceActivityResolver
{
    /// <summary>Returns the activity registered under <paramref name="serviceType"/>, or null.</summary>
    IServiceActivity? Resolve(string serviceType);
}
