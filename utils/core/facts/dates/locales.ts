/**
 * chrono-node's parsers for the languages it reads fully, and for each a quick
 * test of whether a sentence may hold a date at all (chrono is the slow part:
 * sentences without a month, weekday, day word or digit never reach it).
 */
import { casual as en } from 'chrono-node/en';
import { casual as de } from 'chrono-node/de';
import { casual as fr } from 'chrono-node/fr';
import { casual as es } from 'chrono-node/es';
import { casual as it } from 'chrono-node/it';
import { casual as pt } from 'chrono-node/pt';
import { casual as nl } from 'chrono-node/nl';
import { casual as ru } from 'chrono-node/ru';
import { casual as uk } from 'chrono-node/uk';
import { casual as ja } from 'chrono-node/ja';
import type { Chrono } from 'chrono-node';

export interface DateLocale {
  lang: string;
  chrono: Chrono;
  /** True when a sentence may hold a date chrono can read. */
  hint: RegExp;
}

const EN_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|month|year|ago)\b/i;

// Month and weekday stems and the words for today, yesterday, tomorrow; digits for numeric dates.
const HINTS: Record<string, RegExp> = {
  de: /\d|jan|feb|märz|maerz|apr|mai|jun|jul|aug|sep|okt|nov|dez|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|heute|gestern|morgen|jahr|monat/i,
  fr: /\d|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd|hier|demain|année|mois/i,
  es: /\d|ener|febr|marz|abril|mayo|juni|juli|agost|sept|setiem|octu|novi|dici|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|hoy|ayer|mañana|año|mes/i,
  it: /\d|genn|febb|marz|apri|magg|giug|lugl|agos|sett|otto|nove|dice|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|oggi|ieri|domani|anno|mese/i,
  pt: /\d|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|hoje|ontem|amanhã|amanha|ano|mês|mes/i,
  nl: /\d|jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|morgen|jaar|maand/i,
  ru: /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|сегодня|вчера|завтра|год|месяц/i,
  uk: /\d|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|понеділ|вівтор|серед|четвер|п.ятниц|субот|неділ|сьогодні|вчора|завтра|рік|року|місяц/i,
  ja: /\d|[０-９]|年|月|日|今日|昨日|明日|曜/,
};

const CHRONOS: Record<string, Chrono> = { en, de, fr, es, it, pt, nl, ru, uk, ja };

/** The date reader for a primary language subtag; English when chrono has no such language. */
export function dateLocale(lang: string): DateLocale {
  const chrono = CHRONOS[lang];
  if (!chrono || lang === 'en') return { lang: 'en', chrono: en, hint: EN_HINT };
  return { lang, chrono, hint: HINTS[lang] ?? /\d/ };
}

/** The languages chrono reads dates in. */
export const DATE_LANGUAGES = Object.keys(CHRONOS);
