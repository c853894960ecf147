package com.acme.cards;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("cards")
public class CardResource {

  /**
   * Renders a card from any JSON.
   *
   * @param card the card's data
   */
  @POST
  public JsonObject renderCard(JsonValue card) {
    return null;
  }
}
