namespace Sitrep.Web.Tests;

using Microsoft.Playwright;

/// <summary>
/// Headless Debian Chromium driven by Playwright. The browser is the system's (the README's setup installs the
/// chromium package), so nothing is downloaded; SITREP_CHROMIUM names another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the browser tests save their screenshots (ignored by git).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepoRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        string chromium = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new FileNotFoundException($"The browser tests need Chromium at {chromium}: run ./setup.sh (it installs Debian's chromium package) or set SITREP_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
