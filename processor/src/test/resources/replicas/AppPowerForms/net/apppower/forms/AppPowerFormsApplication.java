package net.apppower.forms;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import jakarta.ws.rs.core.Application;

/** App Power Forms: forms for external stakeholders, built and awaited from a flow. */
@Connector(
    title = "App Power Forms",
    description = "Use this connector from App Power to easily include external stakeholders in"
        + " your business processes. The connector makes it very easy to create a form within the"
        + " designer. You can start with a free trial license and acquire a production license at"
        + " https://apppower.net.",
    host = "apppower-forms.azurewebsites.net",
    basePath = "/api",
    brandColor = "#6DD47E",
    publisher = "App Power Solutions LLC",
    stackOwner = "App Power Solutions LLC",
    contact = @Contact(name = "App Power", url = "https://apppower.net",
        email = "support@apppowersolutions.com"),
    website = "https://apppower.net",
    privacyPolicy = "https://apppower.net/privacy",
    categories = {Category.BUSINESS_MANAGEMENT, Category.PRODUCTIVITY},
    deriveCapabilities = false)
@ApiKeyAuth(
    name = "api-key",
    securityDefinition = "API Key",
    displayName = "API Key (use e-mail to receive a trial key)",
    description = "The API Key for this api. You can use your e-mail address to receive a trial"
        + " key.",
    tooltip = "Provide your API Key (use e-mail to receive a trial key)",
    clearText = true)
@Omit({SwaggerKey.SUMMARY, SwaggerKey.PARAMETERS})
public class AppPowerFormsApplication extends Application {}
