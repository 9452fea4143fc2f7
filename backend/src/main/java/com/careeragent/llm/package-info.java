/**
 * Access to a large language model behind one port, {@link com.careeragent.llm.LanguageModel}: a prompt
 * goes in, validated JSON (or text) and usage/cost come out. Claude through the official Anthropic SDK
 * when {@code ANTHROPIC_API_KEY} is set; otherwise the port reports itself unavailable and callers use
 * their offline path. Nothing here knows about CVs, jobs or letters.
 */
package com.careeragent.llm;
