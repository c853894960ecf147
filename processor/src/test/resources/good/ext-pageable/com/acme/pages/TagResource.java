package com.acme.pages;

public class TagResource implements TagApi {

  @Override
  public TagPage tags() {
    return null;
  }
}
