package com.acme.oauth.generic;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;

@Connector(
    title = "Acme Generic",
    description = "Call Acme through a sign-in whose URLs the platform builds from templates.",
    host = "generic.acme.com",
    brandColor = "#604030")
@OAuth2(
    identityProvider = "oauth2generic",
    clientId = "acme-generic-client",
    securityDefinition = "",
    scopes = {"Directory.Read.All", "offline_access"},
    customParameters = {
      @OAuthParameter(name = "authorizationUrlTemplate",
          value = "https://login.acme.com/{TenantId}/authorize"),
      @OAuthParameter(name = "authorizationUrlQueryStringTemplate",
          value = "?client_id={ClientId}&response_type=code&redirect_uri={RedirectUrl}"
              + "&scope={Scopes}&state={State}"),
      @OAuthParameter(name = "tokenUrlTemplate", value = "https://login.acme.com/token"),
      @OAuthParameter(name = "tokenBodyTemplate",
          value = "client_id={ClientId}&code={Code}&grant_type=authorization_code"
              + "&client_secret={ClientSecret}"),
      @OAuthParameter(name = "refreshUrlTemplate", value = "https://login.acme.com/token"),
      @OAuthParameter(name = "refreshBodyTemplate",
          value = "client_id={ClientId}&refresh_token={RefreshToken}"
              + "&grant_type=refresh_token&client_secret={ClientSecret}"),
      @OAuthParameter(name = "scopeListDelimiter", value = " ")
    },
    displayName = "Sign in",
    description = "Sign in with your Acme account.")
public class GenericApplication {}
