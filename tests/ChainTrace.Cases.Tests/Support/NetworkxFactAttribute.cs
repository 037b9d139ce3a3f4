namespace ChainTrace.Cases.Tests;

/// <summary>A fact that needs python3 with networkx: skipped when absent outside CI; under CI it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NetworkxFactAttribute : FactAttribute
{
    public NetworkxFactAttribute()
    {
        if (ToolAvailability.PythonsWithNetworkx.Count == 0 && !ToolAvailability.IsCi)
        {
            Skip = "python3 with networkx is not installed (apt-get install python3-networkx); allowed outside CI only.";
        }
    }
}
