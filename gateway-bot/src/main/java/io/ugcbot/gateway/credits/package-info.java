/**
 * "My credits" (/balance and the Balance button): the balance with the latest grants and paid videos, a read model of
 * credits-service's CreditsGranted and CreditsCaptured events; and "Top up", a request for credits sent to the team.
 */
package io.ugcbot.gateway.credits;
