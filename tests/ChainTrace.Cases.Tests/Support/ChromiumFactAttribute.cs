namespace ChainTrace.Cases.Tests;

/// <summary>A fact that needs Debian's chromium: skipped when absent outside CI; under CI it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ToolAvailability.Chromium is null && !ToolAvailability.IsCi)
        {
            Skip = "chromium is not installed (apt-get install chromium); allowed outside CI only.";
        }
    }
}
