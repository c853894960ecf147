package com.acme.oauth.aad;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;

@Connector(
    title = "Acme Directory",
    description = "Call Acme on behalf of a user who signs in with Microsoft Entra ID.",
    host = "directory.acme.com",
    brandColor = "#604030")
@OAuth2(
    identityProvider = "aad",
    clientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
    scopes = "Group.ReadWrite.All",
    customParameters = {
      @OAuthParameter(name = "resourceUri", value = "https://graph.microsoft.com"),
      @OAuthParameter(name = "loginUri", value = "https://login.windows.net"),
      @OAuthParameter(name = "tenantId", value = "common")
    },
    properties =
        @OAuthParameter(name = "AzureActiveDirectoryResourceId",
            value = "https://graph.microsoft.com"))
public class AadApplication {}
