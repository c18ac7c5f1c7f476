/**
 * Campaign templates, compiled once and rendered for every recipient.
 *
 * <p>Email: {@link org.rempart.campaigns.templates.EmailTemplate#compile} checks an
 * {@link org.rempart.campaigns.templates.EmailContent} (a 400 names every problem, its part and
 * line), {@link org.rempart.campaigns.templates.EmailTemplate#prepare} fixes the campaign's
 * {@link org.rempart.campaigns.templates.Utm} and {@link org.rempart.campaigns.templates.Sender},
 * and the {@link org.rempart.campaigns.templates.PreparedEmail} gives the links to register, renders
 * each delivery and renders the preview. SMS: {@link org.rempart.campaigns.templates.SmsTemplate},
 * {@link org.rempart.campaigns.templates.PreparedSms}, {@link org.rempart.campaigns.templates.SmsCheck}
 * for the editor and {@link org.rempart.campaigns.templates.SmsCost} for the estimate.
 *
 * <p>The template language is Mustache, logic-less and sandboxed: values come from
 * {@link org.rempart.campaigns.templates.MergeValues} (first and last name, attributes) and
 * nothing else, no template includes another, the delimiters are fixed, and every value is
 * escaped in HTML.
 */
package org.rempart.campaigns.templates;
