; torchsmt obligation sign.jvp_eq_dual@3 (lemma, op sign, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma sign.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x31 (ite (< 0.0 x0_0) 0.0 (ite (> 0.0 x0_0) (- 0.0) 0.0))))
(let (($x36 (= 0.0 ?x31)))
(not $x36))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x33 (ite (< 0.0 x0_1) 0.0 (ite (> 0.0 x0_1) (- 0.0) 0.0))))
(let (($x37 (= 0.0 ?x33)))
(not $x37))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x35 (ite (< 0.0 x0_2) 0.0 (ite (> 0.0 x0_2) (- 0.0) 0.0))))
(let (($x38 (= 0.0 ?x35)))
(not $x38))))
(check-sat)
