; torchsmt obligation abs.vjp_eq_jvp_transpose@3 (lemma, op abs, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma abs.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x41 (ite (< 0.0 x0_0) 1.0 (ite (> 0.0 x0_0) (- 1.0) 0.0))))
(let ((?x44 (* w_0 ?x41)))
(let (($x62 (= (* w_0 (ite (<= 0.0 x0_0) 1.0 (- 1.0))) ?x44)))
(not $x62)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x42 (ite (< 0.0 x0_1) 1.0 (ite (> 0.0 x0_1) (- 1.0) 0.0))))
(let ((?x45 (* w_1 ?x42)))
(let (($x63 (= (* w_1 (ite (<= 0.0 x0_1) 1.0 (- 1.0))) ?x45)))
(not $x63)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x43 (ite (< 0.0 x0_2) 1.0 (ite (> 0.0 x0_2) (- 1.0) 0.0))))
(let ((?x46 (* w_2 ?x43)))
(let (($x61 (= (* w_2 (ite (<= 0.0 x0_2) 1.0 (- 1.0))) ?x46)))
(not $x61)))))
(check-sat)
