package com.acme.oauth.cert;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;

@Connector(
    title = "Acme Certified",
    description = "Call Acme as a first-party app that signs in with a certificate.",
    host = "cert.acme.com",
    brandColor = "#604030")
@OAuth2(
    identityProvider = "aadcertificate",
    clientId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
    customParameters = {
      @OAuthParameter(name = "resourceUri", value = "https://management.core.windows.net"),
      @OAuthParameter(name = "loginUriAAD", value = "https://login.windows.net")
    },
    displayName = "Sign in with Microsoft Entra ID",
    description = "Sign in with your Microsoft Entra ID account.")
public class CertApplication {}
