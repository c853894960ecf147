package com.acme.settings;

import dev.connectorkit.annotations.AllowedValue;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;

@Connector(
    title = "Acme Settings",
    description = "Call an Acme instance chosen when the connection is made.",
    host = "settings.acme.com",
    brandColor = "#406030")
@OAuth2(
    identityProvider = "oauth2generic",
    clientId = "acme-settings-client",
    securityDefinition = "",
    customParameters = {
      @OAuthParameter(name = "authorizationUrlTemplate",
          value = "https://login.acme.com/{TenantId}/authorize"),
      @OAuthParameter(name = "tokenUrlTemplate", value = "https://login.acme.com/token")
    },
    displayName = "Sign in",
    description = "Sign in with your Acme account.")
@ConnectionParameter(
    name = "token:TenantId",
    displayName = "Tenant",
    description = "The tenant ID of for the Azure Active Directory application",
    required = false,
    hidden = true,
    sourceType = "AzureActiveDirectoryTenant")
@ConnectionParameter(
    name = "instanceUrl",
    displayName = "Instance URL",
    description = "The address of your Acme instance.",
    tooltip = "https://contoso.acme.com",
    tabIndex = 2)
@ConnectionParameter(
    name = "signingKey",
    type = ConnectionParameterType.SECURESTRING,
    displayName = "Signing key",
    description = "The key that signs webhook events, shown as you type it.",
    clearText = true,
    tabIndex = 3)
@ConnectionParameter(
    name = "timeoutSeconds",
    type = ConnectionParameterType.INT,
    displayName = "Timeout",
    description = "How many seconds to wait for Acme.",
    required = false)
@ConnectionParameter(
    name = "sandbox",
    type = ConnectionParameterType.BOOL,
    displayName = "Sandbox",
    description = "Whether to use the sandbox.",
    required = false)
@ConnectionParameter(
    name = "region",
    displayName = "Region",
    description = "Where your data is kept.",
    allowedValues = {
      @AllowedValue(text = "Europe", value = "eu"),
      @AllowedValue(text = "United States", value = "us")
    })
public class SettingsApplication {}
