using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkingPlatform.Ingestion.Imports.Running;

namespace NetworkingPlatform.Ingestion.Extensions;

public static class ImportExtensions
{
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ImportOptions.Section);
        builder.Services.Configure<ImportOptions>(section);
        var maxUploadBytes = section.Get<ImportOptions>()?.MaxUploadBytes ?? new ImportOptions().MaxUploadBytes;
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxUploadBytes);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UploadStore>();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddSingleton<ImportRunner>();
        builder.Services.AddHostedService<ImportWorker>();
        builder.Services.AddSingleton<ILeftBehindCount, RetryingImportsCount>();
        return builder;
    }
}
