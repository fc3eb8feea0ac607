global using System.Collections.Concurrent;
global using Marten;
global using Marten.Pagination;
global using Microsoft.Extensions.Options;
global using NetworkingPlatform.ServiceDefaults.Identity;
global using NetworkingPlatform.ServiceDefaults.OpenApi;
global using NetworkingPlatform.ServiceDefaults.Paging;
global using NetworkingPlatform.ServiceDefaults.Storage;
